import 'reflect-metadata';
import { getMetadataStorage, IsInt, IsString, MaxLength, Min, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { memoiseValidationRules } from './validation-rule-memo';

class Line {
  @IsInt()
  @Min(1)
  quantity!: number;
}

class Base {
  @IsString()
  @MaxLength(5)
  name!: string;
}

class Order extends Base {
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

const problemsOf = (cls: new () => object, plain: object) =>
  validateSync(plainToInstance(cls, plain)).map((e) => ({ property: e.property, constraints: e.constraints, children: e.children?.length ?? 0 }));

describe('memoiseValidationRules', () => {
  const bad = { name: 'far too long', lines: [{ quantity: 0 }, { quantity: 2 }] };
  const unmemoised = problemsOf(Order, bad);

  beforeAll(() => memoiseValidationRules());

  it('finds the same problems as the unmemoised lookup, inherited rules included', () => {
    expect(unmemoised).toEqual([
      { property: 'lines', constraints: undefined, children: 1 },
      { property: 'name', constraints: { maxLength: 'name must be shorter than or equal to 5 characters' }, children: 0 },
    ]);
    expect(problemsOf(Order, bad)).toEqual(unmemoised);
    expect(problemsOf(Order, bad)).toEqual(unmemoised);
    expect(problemsOf(Order, { name: 'ok', lines: [{ quantity: 1 }] })).toEqual([]);
  });

  it('looks a class up once, however often it is validated', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Order, '', false, false);
    problemsOf(Order, bad);
    expect(storage.getTargetValidationMetadatas(Order, '', false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    expect(first.map((rule) => rule.propertyName).sort()).toEqual(['lines', 'name', 'name']);
  });

  it('drops what it kept when a rule is registered later', () => {
    expect(problemsOf(Base, { name: 'ok' })).toEqual([]);
    class Later extends Base {
      @IsString()
      note!: string;
    }
    expect(problemsOf(Later, { name: 'far too long', note: 4 }).map((p) => p.property).sort()).toEqual(['name', 'note']);
    expect(problemsOf(Base, { name: 'ok' })).toEqual([]);
  });

  it('installs once per storage', () => {
    const storage = getMetadataStorage();
    const memoised = storage.getTargetValidationMetadatas;
    memoiseValidationRules();
    expect(storage.getTargetValidationMetadatas).toBe(memoised);
  });
});
