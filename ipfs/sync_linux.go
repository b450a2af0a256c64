package ipfs

import (
	"os"

	"golang.org/x/sys/unix"
)

// canSyncFS: Linux has syncfs(2), one call that flushes a whole filesystem,
// so blocks are written without per-file fsync and synced once per add.
func canSyncFS() bool { return true }

// syncFS flushes the filesystem holding dir.
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return unix.Syncfs(int(f.Fd()))
}
