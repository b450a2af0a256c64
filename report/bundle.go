package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// IndexFormat names the JSON index that lists a published report's files.
const IndexFormat = "dml-report-v1"

// File names in a published report.
const (
	FileJSON = "report.json"
	FilePNG  = "accuracy_loss.png"
	FileHTML = "index.html"
)

// ErrIndex marks bytes that are not a report index.
var ErrIndex = errors.New("not a report index")

// Content stores and fetches files by CID (node.StoreContent over ipfs).
type Content interface {
	Put(ctx context.Context, data []byte) (string, error)
	Fetch(ctx context.Context, cid string) ([]byte, error)
}

// Index lists a report's files by name → CID.
type Index struct {
	Format string            `json:"format"`
	Title  string            `json:"title"`
	Files  map[string]string `json:"files"`
}

// Files renders the report's three files: JSON, PNG plot and HTML page.
func Files(r *Report) (map[string][]byte, error) {
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	png, err := PlotPNG(r)
	if err != nil {
		return nil, err
	}
	html, err := HTML(r, FilePNG)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{FileJSON: js, FilePNG: png, FileHTML: html}, nil
}

// Publish stores each file, then the index listing them, and returns the
// index's CID: the report's CID.
func Publish(ctx context.Context, c Content, title string, files map[string][]byte) (string, error) {
	idx := Index{Format: IndexFormat, Title: title, Files: map[string]string{}}
	for _, name := range sortedNames(files) {
		cid, err := c.Put(ctx, files[name])
		if err != nil {
			return "", fmt.Errorf("publish report file %s: %w", name, err)
		}
		idx.Files[name] = cid
	}
	b, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return "", err
	}
	return c.Put(ctx, b)
}

// Fetch reads the index under cid and writes each file it lists into dir
// (created), atomically, each verified against its CID by c.
func Fetch(ctx context.Context, c Content, cid, dir string) (*Index, error) {
	b, err := c.Fetch(ctx, cid)
	if err != nil {
		return nil, err
	}
	var idx Index
	if err := json.Unmarshal(b, &idx); err != nil || idx.Format != IndexFormat {
		return nil, fmt.Errorf("%w: %s: want a JSON object with format %q (the CID dmlrun demo printed as the report)", ErrIndex, cid, IndexFormat)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	for _, name := range sortedNames(idx.Files) {
		if name != filepath.Base(name) || strings.HasPrefix(name, ".") {
			return nil, fmt.Errorf("%w: file name %q is not a plain name", ErrIndex, name)
		}
		data, err := c.Fetch(ctx, idx.Files[name])
		if err != nil {
			return nil, fmt.Errorf("report file %s: %w", name, err)
		}
		if err := atomicfile.Write(filepath.Join(dir, name), data); err != nil {
			return nil, err
		}
	}
	if err := atomicfile.Write(filepath.Join(dir, "index.json"), b); err != nil {
		return nil, err
	}
	return &idx, nil
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
