// The CEL module: a subset of Google's Common Expression Language (DESIGN.md §6).
