// The package entry that asc resolves for `import ... from "dml-sdk"`.
export * from "./assembly/index";
