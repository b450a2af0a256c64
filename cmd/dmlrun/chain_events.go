package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/bindings/algoregistry"
	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
)

// The contracts keep no lists; listings, jobs and receipts are found by the
// events that created them, from the first block.

// chainLogs returns the logs of event at contract, with topics[1:] filters.
func chainLogs(ctx context.Context, c *marketplace.Client, contract common.Address, event common.Hash, topics ...[]common.Hash) ([]types.Log, error) {
	q := ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: append([][]common.Hash{{event}}, topics...)}
	logs, err := c.Backend().FilterLogs(ctx, q)
	if err != nil {
		return nil, chainExit(fmt.Errorf("read events: %w: %v", marketplace.ErrChainUnreachable, err))
	}
	return logs, nil
}

// listingIDs are the ids of every published listing, oldest first.
func listingIDs(ctx context.Context, c *marketplace.Client) ([]common.Hash, error) {
	reg := algoregistry.NewAlgorithmRegistry()
	logs, err := chainLogs(ctx, c, c.Addresses().Registry, reg.GetABI().Events[algoregistry.AlgorithmRegistryListingPublishedEventName].ID)
	if err != nil {
		return nil, err
	}
	ids := make([]common.Hash, 0, len(logs))
	for i := range logs {
		ev, err := reg.UnpackListingPublishedEvent(&logs[i])
		if err != nil {
			return nil, withCode(ExitInternal, err)
		}
		ids = append(ids, ev.ListingId)
	}
	return ids, nil
}

// jobIDs are the ids of every posted job, oldest first.
func jobIDs(ctx context.Context, c *marketplace.Client) ([]common.Hash, error) {
	esc := jobescrow.NewJobEscrow()
	logs, err := chainLogs(ctx, c, c.Addresses().Escrow, esc.GetABI().Events[jobescrow.JobEscrowJobPostedEventName].ID)
	if err != nil {
		return nil, err
	}
	ids := make([]common.Hash, 0, len(logs))
	for i := range logs {
		ev, err := esc.UnpackJobPostedEvent(&logs[i])
		if err != nil {
			return nil, withCode(ExitInternal, err)
		}
		ids = append(ids, ev.JobId)
	}
	return ids, nil
}

// jobReceiptIDs are the ids of the receipts submitted to a job, oldest first.
func jobReceiptIDs(ctx context.Context, c *marketplace.Client, jobID common.Hash) ([]common.Hash, error) {
	esc := jobescrow.NewJobEscrow()
	logs, err := chainLogs(ctx, c, c.Addresses().Escrow, esc.GetABI().Events[jobescrow.JobEscrowReceiptSubmittedEventName].ID, nil, []common.Hash{jobID})
	if err != nil {
		return nil, err
	}
	ids := make([]common.Hash, 0, len(logs))
	for i := range logs {
		ev, err := esc.UnpackReceiptSubmittedEvent(&logs[i])
		if err != nil {
			return nil, withCode(ExitInternal, err)
		}
		ids = append(ids, ev.ReceiptId)
	}
	return ids, nil
}
