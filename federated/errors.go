package federated

import "errors"

// Errors of configuration and rounds.
var (
	// ErrConfig is a configuration that cannot give its documented guarantee.
	ErrConfig = errors.New("invalid federated configuration")
	// ErrModel is a model that cannot be aggregated into (bad tensors, integer dtypes, duplicate names).
	ErrModel = errors.New("invalid model")
	// ErrNoUpdates is a round in which no update passed the checks.
	ErrNoUpdates = errors.New("no update passed the checks")
	// ErrCheckpointRepeated is a candidate model whose hash was already accepted.
	ErrCheckpointRepeated = errors.New("checkpoint already accepted")
	// ErrNoPrivacyBound is asked for ε when some round has no sensitivity bound or no noise.
	ErrNoPrivacyBound = errors.New("no differential-privacy bound")
)

// Reasons an update is excluded from a round; Exclusion.Err wraps one of them.
var (
	ErrDevice          = errors.New("update has no device id")
	ErrDuplicateDevice = errors.New("device sent more than one update")
	ErrReceipt         = errors.New("receipt verification failed")
	ErrRunStatus       = errors.New("run did not end ok")
	ErrModuleMismatch  = errors.New("receipt names another module")
	ErrGasOverLimit    = errors.New("gas over the job's limit")
	ErrModelMismatch   = errors.New("receipt was computed on another model")
	ErrResultHash      = errors.New("deltas do not match the receipt's result hash")
	ErrNoSamples       = errors.New("sample count must be positive")
	ErrDeltaShape      = errors.New("deltas do not match the model")
	ErrNonFinite       = errors.New("delta holds NaN or infinity")
)
