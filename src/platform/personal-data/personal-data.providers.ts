import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Clock } from '../../kernel/clock';
import { APP_CONFIG, AppConfig } from '../config';
import { PERSONAL_DATA_KEYS, PersonalDataKeys } from './personal-data-keys';
import { PersonalDataVault } from './personal-data-vault';
import { PostgresPersonalDataKeys } from './postgres-personal-data-keys';
import { SqlitePersonalDataKeys } from './sqlite-personal-data-keys';

export function createPersonalDataKeys(settings: AppConfig['personalData']['keys']): PersonalDataKeys {
  return settings.kind === 'postgres' ? new PostgresPersonalDataKeys(settings.url) : new SqlitePersonalDataKeys(settings.path);
}

/** Closes the key store once the engine has stopped taking requests. */
@Injectable()
export class PersonalDataKeysShutdown implements OnApplicationShutdown {
  constructor(@Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}

/** The key store and the vault over it, for the composition root to provide and export. */
export const PERSONAL_DATA_PROVIDERS: Provider[] = [
  {
    provide: PERSONAL_DATA_KEYS,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => createPersonalDataKeys(config.personalData.keys),
  },
  {
    provide: PersonalDataVault,
    inject: [PERSONAL_DATA_KEYS, Clock],
    useFactory: (keys: PersonalDataKeys, clock: Clock) => new PersonalDataVault(keys, clock),
  },
  PersonalDataKeysShutdown,
];
