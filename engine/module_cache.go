package engine

import (
	"context"
	"sync"
)

// moduleCache holds compiled modules by content hash. Concurrent requests
// for the same module compile it once; entries in use are never closed, and
// the least recently used idle entries are evicted past the bound.
type moduleCache struct {
	mu      sync.Mutex
	max     int
	tick    uint64
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	cache *moduleCache
	key   string
	ready chan struct{}
	p     *prepared
	err   error

	refs     int
	lastUse  uint64
	evicted  bool
	released bool
}

func newModuleCache(max int) *moduleCache {
	return &moduleCache{max: max, entries: map[string]*cacheEntry{}}
}

// get returns the entry for key, building it with build on first use.
// Failed builds are not cached, so a transient failure is retried.
func (c *moduleCache) get(key string, build func() (*prepared, error)) (*cacheEntry, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &cacheEntry{cache: c, key: key, ready: make(chan struct{})}
		c.entries[key] = e
	}
	e.refs++
	c.tick++
	e.lastUse = c.tick
	c.mu.Unlock()

	if !ok {
		e.p, e.err = build()
		close(e.ready)
		if e.err != nil {
			c.mu.Lock()
			if c.entries[key] == e {
				delete(c.entries, key)
			}
			c.mu.Unlock()
		}
		c.evict()
	}
	<-e.ready
	if e.err != nil {
		e.release()
		return nil, e.err
	}
	return e, nil
}

// acquire takes one more handle on an entry already held.
func (e *cacheEntry) acquire() {
	e.cache.mu.Lock()
	e.refs++
	e.cache.mu.Unlock()
}

// release returns a handle taken by get or acquire.
func (e *cacheEntry) release() {
	c := e.cache
	c.mu.Lock()
	e.refs--
	closeNow := e.evicted && e.refs == 0 && !e.released
	if closeNow {
		e.released = true
	}
	c.mu.Unlock()
	if closeNow && e.p != nil {
		e.p.compiled.Close(context.Background())
	}
}

func (c *moduleCache) evict() {
	c.mu.Lock()
	var victims []*cacheEntry
	for len(c.entries) > c.max {
		var oldest *cacheEntry
		for _, e := range c.entries {
			if oldest == nil || e.lastUse < oldest.lastUse {
				oldest = e
			}
		}
		delete(c.entries, oldest.key)
		oldest.evicted = true
		if oldest.refs == 0 && !oldest.released {
			oldest.released = true
			victims = append(victims, oldest)
		}
	}
	c.mu.Unlock()
	for _, e := range victims {
		<-e.ready
		if e.p != nil {
			e.p.compiled.Close(context.Background())
		}
	}
}
