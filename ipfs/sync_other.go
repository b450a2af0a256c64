//go:build !linux

package ipfs

// canSyncFS: without syncfs(2), flatfs fsyncs each block file instead.
func canSyncFS() bool { return false }

func syncFS(string) error { return nil }
