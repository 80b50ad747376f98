import type { ReactNode } from 'react';

/** One part of the facilitator's panel (the lock, the timer, the vote...): a section named by its title. */
export function FacSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fac-section" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {props.children}
    </section>
  );
}
