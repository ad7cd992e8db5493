import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config';
import { Tracing } from './tracing';

/** Starts tracing with the engine (when configured) and sends the last spans when it stops. */
@Injectable()
export class TracingLifecycle implements OnApplicationShutdown {
  private readonly tracing: Tracing | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.tracing = Tracing.start(config.tracing);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown();
  }
}
