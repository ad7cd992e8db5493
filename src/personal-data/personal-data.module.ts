import { DynamicModule, Module, Type } from '@nestjs/common';
import { ArrangementsQueries } from '../arrangements/arrangements.public';
import { ContactsOnRecord } from '../accreditation/accreditation.public';
import { ErasePersonalDataHandler } from './commands/erase-personal-data.handler';
import { ErasureSubjects } from './commands/erasure-subjects';
import { ErasuresController } from './http/erasures.controller';
import { PersonalDataRetention } from './retention/personal-data-retention';

/** Erasures of personal data, on request and by retention. `engine` provides the vault, the executor and the views. */
@Module({})
export class PersonalDataModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: PersonalDataModule,
      imports: [engine],
      controllers: [ErasuresController],
      providers: [ErasePersonalDataHandler, ErasureSubjects, ContactsOnRecord, ArrangementsQueries, PersonalDataRetention],
    };
  }
}
