package conformance

import (
	"context"
	"errors"

	"github.com/decentralized-ml/dml/engine"
)

// NewEngines makes one engine of each kind from cfg, and a function that
// closes them all.
func NewEngines(ctx context.Context, cfg engine.Config, kinds []engine.Kind) ([]*engine.Engine, func() error, error) {
	var out []*engine.Engine
	closeAll := func() error {
		var errs []error
		for _, e := range out {
			errs = append(errs, e.Close(ctx))
		}
		return errors.Join(errs...)
	}
	for _, k := range kinds {
		e, err := engine.New(ctx, cfg.WithKind(k))
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		out = append(out, e)
	}
	return out, closeAll, nil
}
