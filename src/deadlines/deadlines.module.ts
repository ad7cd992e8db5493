import { Global, Module } from '@nestjs/common';
import { Clock } from '../shared/clock';
import { BatchCloser } from './batch-closer';
import { DeadlineReconciler } from './deadline-reconciler';
import { DEADLINE_SCHEDULER } from './deadline-scheduler.port';
import { InProcessDeadlineScheduler } from './in-process-deadline-scheduler';

@Global()
@Module({
  providers: [
    { provide: DEADLINE_SCHEDULER, inject: [Clock], useFactory: (clock: Clock) => new InProcessDeadlineScheduler(clock) },
    BatchCloser,
    DeadlineReconciler,
  ],
  exports: [DEADLINE_SCHEDULER, DeadlineReconciler],
})
export class DeadlinesModule {}
