import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateIf, ValidateNested } from 'class-validator';

/**
 * An optional body field: it may be absent, but JSON `null` is a value like any other and must pass the
 * field's checks (class-validator's IsOptional would let null through unchecked).
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** A field holding one object of `type`: an array, null or a scalar is refused, never ignored. */
export const NestedObject = (type: () => new () => object) =>
  applyDecorators(IsObject({ message: '$property must be a JSON object' }), ValidateNested(), Type(type));

/** A field holding an array of objects of `type`: each item must be an object (not an array, null or a scalar). */
export const NestedObjects = (type: () => new () => object) =>
  applyDecorators(
    IsObject({ each: true, message: 'each item of $property must be a JSON object' }),
    ValidateNested({ each: true }),
    Type(type),
  );
