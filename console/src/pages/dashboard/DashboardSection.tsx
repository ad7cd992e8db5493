import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One block of the dashboard: a region named by its heading. */
export function DashboardSection({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'no-dash-section no-dash-wide' : 'no-dash-section'} aria-labelledby={id}>
      <Title order={2} id={id} className="no-dash-heading">
        {title}
      </Title>
      {children}
    </section>
  );
}
