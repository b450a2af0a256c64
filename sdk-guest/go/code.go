package dml

// CodeError is an error with the code dml_run returns for it.
type CodeError struct {
	Code int32
	Err  error
}

// Code tags err with the code dml_run returns when run fails with it
// (anywhere in its chain). Code 0 means success, so Code(0, err) returns
// CodeFailed (1). Code(n, nil) is nil.
func Code(n int32, err error) error {
	if err == nil {
		return nil
	}
	if n == 0 {
		n = CodeFailed
	}
	return &CodeError{Code: n, Err: err}
}

func (e *CodeError) Error() string { return e.Err.Error() }

// Unwrap returns the tagged error.
func (e *CodeError) Unwrap() error { return e.Err }
