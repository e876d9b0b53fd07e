'use client';
import { useEffect, useRef } from 'react';

/** The pipeline's log lines, kept scrolled to the newest while they arrive. */
export function LogView({ logs, live }: { logs: readonly { stage: string; line: string }[]; live: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (live && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [logs.length, live]);
  return (
    <section className="card space-y-2" aria-labelledby="log-title">
      <h2 id="log-title" className="text-lg font-semibold">
        Log
      </h2>
      {logs.length === 0 ? (
        <p className="text-slate-700">No log lines yet.</p>
      ) : (
        <div
          ref={box}
          role="log"
          aria-label="Log lines"
          tabIndex={0}
          className="max-h-80 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100"
        >
          {logs.map((entry, index) => (
            <div key={index} className="whitespace-pre-wrap break-all">
              <span className="text-sky-300">[{entry.stage}]</span> {entry.line}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
