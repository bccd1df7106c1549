import { describe, expect, it } from 'vitest';
import { resolveCommissionRate, type CommissionRuleInput } from './commission-rules.ts';

const pct = (percentBps: number) => ({ kind: 'PERCENT' as const, percentBps });
const rules: CommissionRuleInput[] = [
  { id: 'cat-bikes', partnerId: null, categoryId: 'bikes', rate: pct(300) },
  { id: 'cat-road', partnerId: null, categoryId: 'road', rate: pct(400) },
  { id: 'partner', partnerId: 'p1', categoryId: null, rate: pct(800) },
  { id: 'partner-bikes', partnerId: 'p1', categoryId: 'bikes', rate: pct(1_000) },
  { id: 'fixed-usd', partnerId: 'p2', categoryId: null, rate: { kind: 'FIXED', fixedAmount: 500, currency: 'USD' } },
];
const fallback = pct(500);

describe('commission rule resolution', () => {
  it('partner + category beats partner, which beats category, which beats the default', () => {
    expect(resolveCommissionRate(rules, { partnerId: 'p1', categoryPath: ['road', 'bikes'], currency: 'EUR' }, fallback).ruleId).toBe('partner-bikes');
    expect(resolveCommissionRate(rules, { partnerId: 'p1', categoryPath: ['helmets'], currency: 'EUR' }, fallback).ruleId).toBe('partner');
    expect(resolveCommissionRate(rules, { partnerId: 'p3', categoryPath: ['road', 'bikes'], currency: 'EUR' }, fallback).ruleId).toBe('cat-road');
    expect(resolveCommissionRate(rules, { partnerId: 'p3', categoryPath: ['helmets'], currency: 'EUR' }, fallback)).toEqual({ ruleId: null, rate: fallback });
  });

  it('a category rule covers sub-categories, the nearest category first', () => {
    expect(resolveCommissionRate(rules, { partnerId: 'p3', categoryPath: ['gravel', 'bikes'], currency: 'EUR' }, fallback).ruleId).toBe('cat-bikes');
  });

  it('skips a fixed rule in another currency', () => {
    expect(resolveCommissionRate(rules, { partnerId: 'p2', categoryPath: ['road', 'bikes'], currency: 'EUR' }, fallback).ruleId).toBe('cat-road');
    expect(resolveCommissionRate(rules, { partnerId: 'p2', categoryPath: [], currency: 'USD' }, fallback).ruleId).toBe('fixed-usd');
  });
});
