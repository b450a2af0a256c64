// Package ipfs is DML's content-addressed store: a persistent blockstore laid
// out as Kubo lays it out, UnixFS add and verified get with Kubo-identical
// CIDs, recursive pins and garbage collection, CAR export and import, and
// retrieval from trustless HTTP gateways and a Kubo node's RPC API.
//
// boxo stays behind this package: its exported API speaks only go-cid's
// cid.Cid, io.Reader/io.Writer and plain Go types.
package ipfs
