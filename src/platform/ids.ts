import { v7 } from 'uuid';

/** Row ids are UUIDv7: time-ordered, so B-tree inserts stay local (STYLE.md, Data). */
export function newId(): string {
  return v7();
}
