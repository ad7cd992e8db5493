import { ConsoleLogger, Logger, LoggerService } from '@nestjs/common';

export interface CapturedLog {
  level: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
  message: string;
  /** The Logger's context (its last argument), e.g. `Projections`. */
  context?: string;
}

/**
 * Routes every Nest `Logger` call into an array instead of the console, for quiet tests that can
 * still assert on a warning. Jest gives each test file its own module registry, so this only
 * affects the file that calls it; `restore()` puts a console logger back.
 */
export function captureNestLogs(): { entries: CapturedLog[]; logger: LoggerService; restore(): void } {
  const entries: CapturedLog[] = [];
  const record =
    (level: CapturedLog['level']) =>
    (message: unknown, ...params: unknown[]) => {
      const context =
        params.length > 0 && typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
      entries.push({ level, message: String(message), context });
    };
  const logger: LoggerService = {
    log: record('log'),
    error: record('error'),
    warn: record('warn'),
    debug: record('debug'),
    verbose: record('verbose'),
    fatal: record('fatal'),
  };
  Logger.overrideLogger(logger);
  return { entries, logger, restore: () => Logger.overrideLogger(new ConsoleLogger()) };
}
