export function Logo() {
  return (
    <span className="logo" aria-hidden="true">
      <svg viewBox="0 0 32 32" width="24" height="24">
        <title>Parcours</title>
        <rect width="32" height="32" rx="8" fill="#4f46e5" />
        <path d="M7 22c4-10 8 2 12-6s4-4 6-6" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
      </svg>
    </span>
  );
}
