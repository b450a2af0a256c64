package abi

// RunStatus is how a run ended; its string is the `status` of `dmlrun run --json`.
type RunStatus string

// Run statuses.
const (
	StatusOK             RunStatus = "ok"
	StatusOutOfGas       RunStatus = "out_of_gas"
	StatusStackExhausted RunStatus = "stack_exhausted"
	StatusTrap           RunStatus = "trap"
	StatusABIViolation   RunStatus = "abi_violation"
	StatusAlgorithmError RunStatus = "algorithm_error"
	StatusInvalidModule  RunStatus = "invalid_module"
	StatusInvalidInput   RunStatus = "invalid_input"
	// StatusDeadlineExceeded: the run or its compilation took far longer
	// than its gas can buy. It is never billed and marks a metering defect.
	StatusDeadlineExceeded RunStatus = "deadline_exceeded"
)

// RunStatuses lists every status in the order of the spec.
var RunStatuses = []RunStatus{
	StatusOK, StatusOutOfGas, StatusStackExhausted, StatusTrap,
	StatusABIViolation, StatusAlgorithmError, StatusInvalidModule, StatusInvalidInput,
	StatusDeadlineExceeded,
}

// Valid reports whether s is one of RunStatuses.
func (s RunStatus) Valid() bool {
	for _, v := range RunStatuses {
		if v == s {
			return true
		}
	}
	return false
}
