import 'reflect-metadata';
import { DynamicModule, RequestMethod, Type } from '@nestjs/common';
import { MODULE_METADATA, PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';

/**
 * The `METHOD /path` routes the controllers of a Nest module declare, its imports' (dynamic modules
 * included) too, read from their Nest metadata and written as the OpenAPI document writes them
 * (`:param` as `{param}`).
 */
export function routesDeclaredBy(root: Type<unknown>): Set<string> {
  return new Set(controllersOf(root, new Set()).flatMap(routesOfController));
}

type ModuleRef = Type<unknown> | DynamicModule;

function isDynamic(ref: ModuleRef): ref is DynamicModule {
  return typeof ref === 'object' && ref !== null && 'module' in ref;
}

function controllersOf(ref: ModuleRef | undefined, seen: Set<ModuleRef>): Type<unknown>[] {
  if (!ref || seen.has(ref)) return [];
  seen.add(ref);
  const type = isDynamic(ref) ? ref.module : ref;
  const declared = [
    ...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, type) as Type<unknown>[] | undefined) ?? []),
    ...(isDynamic(ref) ? (ref.controllers ?? []) : []),
  ];
  const imports = [
    ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, type) as ModuleRef[] | undefined) ?? []),
    ...(isDynamic(ref) ? ((ref.imports ?? []) as ModuleRef[]) : []),
  ];
  // Async imports (forRootAsync and the like) are promises: they declare no route of the contract.
  const modules = imports.filter((imported) => typeof imported === 'function' || isDynamic(imported));
  return [...declared, ...modules.flatMap((imported) => controllersOf(imported, seen))];
}

function routesOfController(controller: Type<unknown>): string[] {
  const prefix = firstPath(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype)
    .map((name) => prototype[name])
    .filter((handler): handler is object => typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler))
    .map((handler) => {
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      return `${method} ${joinPaths(prefix, firstPath(Reflect.getMetadata(PATH_METADATA, handler)))}`;
    });
}

function firstPath(path: string | string[] | undefined): string {
  return (Array.isArray(path) ? path[0] : path) ?? '';
}

function joinPaths(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/^:(\w+)$/, '{$1}'))
    .join('/');
  return `/${joined}`;
}
