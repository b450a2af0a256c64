package marketplace

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"

	"github.com/decentralized-ml/dml/marketplace/bindings/algoregistry"
	"github.com/decentralized-ml/dml/marketplace/bindings/checkpoints"
	"github.com/decentralized-ml/dml/marketplace/bindings/dmltoken"
	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

var contractErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	out := make(map[[4]byte]abi.Error)
	for _, md := range []string{dmltoken.DMLTokenMetaData.ABI, algoregistry.AlgorithmRegistryMetaData.ABI, jobescrow.JobEscrowMetaData.ABI, checkpoints.CheckpointRegistryMetaData.ABI} {
		parsed, err := abi.JSON(strings.NewReader(md))
		if err != nil {
			panic("marketplace: committed ABI does not parse: " + err.Error())
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			out[sel] = e
		}
	}
	return out
})

// DecodeRevert turns revert data of the marketplace contracts into a
// *RevertError. It returns nil when data is not one of their custom errors.
func DecodeRevert(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	e, ok := contractErrors()[sel]
	if !ok {
		return nil
	}
	args := make(map[string]any, len(e.Inputs))
	if vals, err := e.Inputs.Unpack(data[4:]); err == nil {
		for i, in := range e.Inputs {
			args[in.Name] = formatValue(vals[i])
		}
	}
	k, ok := revertKinds[e.Name]
	if !ok {
		k.kind, k.hint = ErrReverted, "see the contract source for "+e.Name
	}
	return &RevertError{Name: e.Name, Args: args, Kind: k.kind, Hint: k.hint}
}

func formatValue(v any) any {
	if b, ok := v.([32]byte); ok {
		return hexutil.Encode(b[:])
	}
	return v
}

// chainError classifies an error from a node or the bindings into one that
// names what to do; action says what was being done.
func chainError(action string, err error) error {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				if re := DecodeRevert(data); re != nil {
					return fmt.Errorf("%s: %w", action, re)
				}
				if reason, uerr := abi.UnpackRevert(data); uerr == nil {
					return fmt.Errorf("%s: %w: %s", action, ErrReverted, reason)
				}
			}
		}
	}
	msg := err.Error()
	var ne net.Error
	var oe *net.OpError
	switch {
	case errors.As(err, &oe), errors.As(err, &ne), strings.Contains(msg, "connection refused"), strings.Contains(msg, "no such host"):
		return fmt.Errorf("%s: %w: %v: start the chain (dmlrun devnet) or fix the chain URL in the config", action, ErrChainUnreachable, err)
	case strings.Contains(msg, "insufficient funds"):
		return fmt.Errorf("%s: %w: %v: send ether to the account for transaction fees", action, ErrNoEther, err)
	case strings.Contains(msg, "execution reverted"), strings.Contains(msg, "reverted"):
		return fmt.Errorf("%s: %w: %v", action, ErrReverted, err)
	}
	return fmt.Errorf("%s: %w", action, err)
}
