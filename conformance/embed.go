package conformance

import (
	"embed"
	"io/fs"
)

//go:embed vectors
var embedded embed.FS

// Embedded is the vectors shipped with this build, one directory per vector.
var Embedded fs.FS = func() fs.FS {
	sub, err := fs.Sub(embedded, "vectors")
	if err != nil {
		panic(err) // the directory is embedded above, so Sub cannot fail
	}
	return sub
}()
