// Package demo runs a whole federated-learning job in one process on the
// embedded defaults: an in-process chain with the marketplace contracts, a
// local content store, the logreg module published as a listing, one job per
// round posted by a customer, devices that each hold a non-IID share of
// Fashion-MNIST and run through package node, an aggregator that checks the
// receipts, aggregates, validates on a public control shard and publishes
// each accepted model, settlement, and the report.
package demo
