import { describe, expect, it } from 'vitest';

import { confirmsDeletion, deletedEmail, mustHandOver } from './account-deletion-rules';

describe('handing a network over before deleting an account', () => {
  it('asks the only coordinator of a network with members to hand over', () => {
    expect(mustHandOver({ status: 'ACTIVE', otherCoordinators: 0, otherActiveMembers: 3 })).toBe(true);
  });
  it('asks it also when nobody else is in a network that is not closed', () => {
    expect(mustHandOver({ status: 'FORMING', otherCoordinators: 0, otherActiveMembers: 0 })).toBe(true);
    expect(mustHandOver({ status: 'DORMANT', otherCoordinators: 0, otherActiveMembers: 0 })).toBe(true);
  });
  it('lets the last person of a closed network go', () => {
    expect(mustHandOver({ status: 'CLOSED', otherCoordinators: 0, otherActiveMembers: 0 })).toBe(false);
  });
  it('asks the only coordinator of a closed network that still has members', () => {
    expect(mustHandOver({ status: 'CLOSED', otherCoordinators: 0, otherActiveMembers: 1 })).toBe(true);
  });
  it('lets a coordinator go when another one stays', () => {
    expect(mustHandOver({ status: 'ACTIVE', otherCoordinators: 1, otherActiveMembers: 4 })).toBe(false);
  });
});

describe('the confirmation word', () => {
  const words = ['RADERA', 'DELETE'];
  it('takes either word, in any case, with spaces around it', () => {
    expect(confirmsDeletion('radera', words)).toBe(true);
    expect(confirmsDeletion('  Delete ', words)).toBe(true);
  });
  it('refuses anything else, and nothing', () => {
    expect(confirmsDeletion('', words)).toBe(false);
    expect(confirmsDeletion('ja', words)).toBe(false);
    expect(confirmsDeletion('RADERA!', words)).toBe(false);
  });
});

describe('the address of a deleted account', () => {
  it('is unique per row, lower case and undeliverable', () => {
    expect(deletedEmail('cmAbC123')).toBe('deleted-cmabc123@deleted.invalid');
  });
});
