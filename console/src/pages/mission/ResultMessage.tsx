import { useEffect, useRef } from 'react';

/**
 * The result of the last action, announced (role="status") and focused when it changes: the button that
 * opened the dialog is often gone by then (an "Object" button becomes "Withdraw objection").
 */
export function ResultMessage({ message }: { message?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) box.current?.focus();
  }, [message]);
  return (
    <div role="status" ref={box} tabIndex={-1} className={message ? 'no-mission-result' : undefined}>
      {message}
    </div>
  );
}
