import { Controller, Delete, Get, Module, Post } from '@nestjs/common';
import { PENDING_ROUTES, SERVED_CONTRACT_ROUTES } from '../support/contract-routes';
import { routesDeclaredBy } from '../support/served-routes';

@Controller('v1/things/:thingId')
class ThingsController {
  @Get()
  read() {}

  @Delete('parts/:partId')
  remove() {}
}

@Controller()
class RootController {
  @Post('v1/things')
  create() {}
}

@Module({})
class ThingsModule {
  static register() {
    return { module: ThingsModule, controllers: [ThingsController] };
  }
}

@Module({ imports: [ThingsModule.register()], controllers: [RootController] })
class AppModule {}

describe('the served routes, derived from the controllers a module registers', () => {
  it('reads every controller of the module and of its imports, dynamic ones included, as OpenAPI keys', () => {
    expect([...routesDeclaredBy(AppModule)].sort()).toEqual([
      'DELETE /v1/things/{thingId}/parts/{partId}',
      'GET /v1/things/{thingId}',
      'POST /v1/things',
    ]);
  });

  it("finds the engine's served routes and leaves the contract's unbuilt ones pending", () => {
    expect(SERVED_CONTRACT_ROUTES).toEqual(expect.arrayContaining(['POST /v1/meetings', 'GET /v1/reference/states']));
    expect(PENDING_ROUTES.has('POST /v1/meetings')).toBe(false);
    expect(PENDING_ROUTES.has('GET /v1/transparency/checkpoint')).toBe(true);
    expect(PENDING_ROUTES.has('PATCH /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}')).toBe(true);
  });
});
