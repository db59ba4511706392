// React 19 + TypeScript: every element, typed by `souverain/react` (checked by `tsc` in npm test).
import type {} from 'souverain/react';
import { useState } from 'react';
import 'souverain/all.js'; // registers every element: import it before the first render
import type { ChecklistChangeDetail } from 'souverain';

const faq = { type: 'faq', items: [{ question: 'Où sont les données ?', answer: 'En France.' }] };

export function App() {
  const [open, setOpen] = useState<string[]>([]);
  const [done, setDone] = useState<ChecklistChangeDetail | null>(null);
  return (
    <>
      <sov-tldr content="souverainete-numerique" tone="info" collapsible visible-items={3} onsov-toggle={(e) => console.log(e.detail.open)} />
      <sov-list content="souverainete-numerique#benefices" layout="grid" heading-level={3} />
      <sov-table content="souverainete-numerique#securite" sortable filterable stack-below="40rem" onsov-sort={(e) => console.log(e.detail.column, e.detail.direction)} />
      <sov-checklist content="souverainete-numerique" persist="local" onsov-change={(e) => setDone(e.detail)} />
      <sov-faq data={faq} searchable single openItems={open} onsov-toggle={(e) => setOpen(e.detail.open ? [e.detail.id] : [])} />
      <sov-article src="/articles/souverainete.json" toc />
      <p>{done?.complete ? 'Tout est fait.' : `${done?.checked.length ?? 0} fait(s)`}</p>
    </>
  );
}
