// Package node is a device's side of a DML job: it claims a slot, fetches
// the module, manifest, params and model by CID (verified), runs them on the
// device's own data through the metered runtime, signs the receipt (EIP-712),
// seals the outputs to the customer (ECIES) and hands the deltas to the job's
// aggregator. It also holds the aggregator's side of the checks: a receipt
// verifier, a validator on the public control shard and a model store, the
// three things package federated asks of its caller.
package node
