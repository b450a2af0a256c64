// Command dmlrun runs DML modules, inspects them, verifies receipts and runs
// the conformance vectors. See `dmlrun --help`.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(execute(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs one dmlrun command line and returns its exit code. A panic
// is reported as an internal error, never as a trace.
func execute(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	name := "dmlrun"
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error: %v: please report it with the command line that caused it\n", name, r)
			code = ExitInternal
		}
	}()
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if cmd != nil && cmd != root {
		name = cmd.CommandPath() // "dmlrun run", "dmlrun pin add"
	}
	if err == nil {
		return ExitOK
	}
	code = exitCodeOf(err)
	if !isReported(err) {
		msg := err.Error()
		if code == ExitUsage {
			msg += ": see `" + name + " --help`"
		}
		fmt.Fprintf(stderr, "%s: %s\n", name, msg)
	}
	return code
}
