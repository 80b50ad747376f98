import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/boards';
import { resolveJoinCode } from '../../api/join';
import { Logo } from '../common/Logo';
import { boardPath, navigate } from '../router';
import './join.css';

type Problem = 'notFound' | 'tooMany' | 'network' | 'unavailable' | null;

/**
 * /j: the short code read off the projector, for a phone that cannot scan the QR code. The server
 * turns it into the board's edit link, and the board opens (in the phone view on a phone).
 * A chunk of its own (with the phone view's strings), loaded only at /j.
 */
export function JoinPage(props: { code: string | null }) {
  const { t } = useTranslation('phone');
  const [code, setCode] = useState(props.code ?? '');
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const join = async (value: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const target = await resolveJoinCode(value);
      navigate(boardPath(target.id, target.token));
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      setProblem(problemOf(status));
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for a code in the address
  useEffect(() => {
    if (props.code) void join(props.code);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) void join(code);
  };
  return (
    <main className="join-page">
      <Logo />
      <h1>{t('join.title')}</h1>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="join-code-input">{t('join.code')}</label>
          <input
            id="join-code-input"
            name="code"
            value={code}
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={16}
            placeholder="ABCD-EFGH"
            aria-describedby="join-intro"
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <p id="join-intro" className="muted">
          {t('join.intro')}
        </p>
        <button type="submit" className="button primary" disabled={busy || !code.trim()}>
          {t('join.submit')}
        </button>
        <p role="alert" className="join-error">
          {problem ? t(`join.${problem}`) : ''}
        </p>
      </form>
    </main>
  );
}

/** 503: the server cannot read codes right now (Redis away); the QR code and the link still work. */
function problemOf(status: number): Problem {
  if (status === 0) return 'network';
  if (status === 429) return 'tooMany';
  if (status >= 500) return 'unavailable';
  return 'notFound';
}
