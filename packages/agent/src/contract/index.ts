// The agent's HTTP contract, `@hearth/agent/contract`: the only agent module other packages
// import. (Transitional: re-exports wire.ts until the TypeBox description replaces it.)
export * from '../wire.ts';
