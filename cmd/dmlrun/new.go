package main

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"

	"github.com/spf13/cobra"
)

// templates are the files `dmlrun new` writes, per language and common to
// all. Every file ends in .tmpl, so that Go never sees a template as a
// package. Fields are written [[.Name]]: C and AssemblyScript use braces.
//
//go:embed templates
var templates embed.FS

// sdkModule is the module path of the repository that holds the SDKs.
const sdkModule = "github.com/decentralized-ml/dml"

// scaffoldHash is the result hash of a fresh scaffold (any language) on its
// testdata: y = 2.5·[1 2 3 4]. The scaffolds' tests check it.
const scaffoldHash = "0bbf1cfb599f9f3bd0ebe9ab237900a2ddc378cf4f6407ca364f0f1aa94e252a"

// Errors of dmlrun new.
var (
	// ErrNoSDK: the dml repository (the SDKs) was not found.
	ErrNoSDK = errors.New("dml SDK not found")
	// ErrScaffoldExists: the target directory exists and is not empty.
	ErrScaffoldExists = errors.New("directory exists")
)

// scaffoldLang describes one language of dmlrun new.
type scaffoldLang struct {
	dir      string            // folder under templates/
	rename   map[string]string // template file (without .tmpl) → file written
	script   bool              // writes test.sh
	testDoc  string            // what `make test` does, for the README
	files    string            // README rows for the language's own files
	langName string
}

var scaffoldLangs = map[string]scaffoldLang{
	"go": {dir: "go", langName: "Go",
		testDoc: "native unit tests (dmltest), no module needed",
		files:   "| `main.go`, `main_test.go` | the algorithm and its native test |\n| `go.mod`, `go.sum` | the module, with the SDK as a replace |\n| `Makefile` | build, test, run |\n"},
	"c": {dir: "c", script: true, rename: map[string]string{"main.c": "{{name}}.c"}, langName: "C",
		testDoc: "builds, runs dmlrun on testdata, checks the result hash",
		files:   "| `NAME.c` | the algorithm |\n| `Makefile`, `test.sh` | build (clang, wasi-libc), test, run |\n"},
	"assemblyscript": {dir: "assemblyscript", script: true, rename: map[string]string{"main.ts": "{{name}}.ts"}, langName: "AssemblyScript",
		testDoc: "builds, runs dmlrun on testdata, checks the result hash",
		files:   "| `NAME.ts` | the algorithm |\n| `package.json` | the compiler (assemblyscript, pinned) and the SDK (dml-sdk) |\n| `Makefile`, `test.sh` | build (asc), test, run |\n"},
}

var scaffoldName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]{0,63}$`)

func (a *app) newCmd() *cobra.Command {
	var lang, dir, sdk string
	cmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Start a new algorithm: source, manifest, build, sample input and a test",
		Long: `Write a new algorithm into DIR (default ./NAME): y = scale·x in the chosen
language, its manifest.yaml, a Makefile (make build, make test, make run),
sample input in testdata/ and a test. It builds and runs as written.

The SDK is the dml repository: --sdk PATH, by default the repository dmlrun is
run from (the current directory or a parent), else the one dmlrun was built
in (dmlrun's own directory or a parent). Go scaffolds point their go.mod at it
with a replace directive, C scaffolds include sdk-guest/c from it, and
AssemblyScript scaffolds depend on sdk-guest/assemblyscript with a file: link.

Toolchains: go: Go 1.24+; c: Debian clang lld wasi-libc
libclang-rt-14-dev-wasm32; assemblyscript: node and npm (make build runs
npm install once).`,
		Example: `  dmlrun new scaler --lang c
  cd scaler && make test && make run`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			if !scaffoldName.MatchString(name) {
				return withCode(ExitUsage, fmt.Errorf("name %q: want a letter then up to 63 letters, digits, _ or -", name))
			}
			l, ok := scaffoldLangs[lang]
			if !ok {
				return withCode(ExitUsage, fmt.Errorf("--lang %q: want go, c or assemblyscript", lang))
			}
			if dir == "" {
				dir = name
			}
			root, err := findSDK(sdk)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if err := writeScaffold(dir, name, lang, l, root); err != nil {
				return withCode(ExitInternal, err)
			}
			fmt.Fprintf(a.stdout, "wrote %s (%s, SDK %s)\nnext: cd %s && make test && make run\n", dir, lang, root, dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "go", "language: go, c or assemblyscript")
	cmd.Flags().StringVar(&dir, "dir", "", "directory to create (default ./NAME); must not exist or be empty")
	cmd.Flags().StringVar(&sdk, "sdk", "", "path of the dml repository holding the SDKs (default: found from the current directory or dmlrun's)")
	return cmd
}

// findSDK returns the absolute path of the dml repository: sdk when given
// (checked), else the first ancestor of the working directory, then of the
// dmlrun executable, whose go.mod declares the dml module.
func findSDK(sdk string) (string, error) {
	if sdk != "" {
		abs, err := filepath.Abs(sdk)
		if err != nil {
			return "", err
		}
		if !isSDKRoot(abs) {
			return "", fmt.Errorf("--sdk %s: %w: no go.mod of module %s there: give the root of a dml clone", sdk, ErrNoSDK, sdkModule)
		}
		return abs, nil
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			starts = append(starts, filepath.Dir(real))
		}
	}
	for _, d := range starts {
		for {
			if isSDKRoot(d) {
				return d, nil
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return "", fmt.Errorf("%w: neither the current directory nor dmlrun's is inside a dml clone: pass --sdk PATH", ErrNoSDK)
}

// isSDKRoot reports whether dir holds go.mod of the dml module and the SDKs.
func isSDKRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if line := strings.TrimSpace(s.Text()); strings.HasPrefix(line, "module ") {
			if strings.TrimSpace(strings.TrimPrefix(line, "module ")) != sdkModule {
				return false
			}
			_, err := os.Stat(filepath.Join(dir, "sdk-guest"))
			return err == nil
		}
	}
	return false
}

// writeGoModule writes go.mod and go.sum of a Go scaffold: the SDK's go
// version and requirements (all marked indirect: `go mod tidy` trims them
// to what the algorithm uses), the SDK itself by a replace directive, and
// the SDK's go.sum. The scaffold then builds offline wherever the SDK does.
func writeGoModule(dir, name, sdk string) error {
	mod, err := os.ReadFile(filepath.Join(sdk, "go.mod"))
	if err != nil {
		return fmt.Errorf("read the SDK's go.mod: %w", err)
	}
	goLine := "go 1.24"
	var reqs []string
	inBlock := false
	for _, line := range strings.Split(string(mod), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "go "):
			goLine = t
		case t == "require (":
			inBlock = true
		case inBlock && t == ")":
			inBlock = false
		case inBlock && t != "" && !strings.HasPrefix(t, "//"):
			reqs = append(reqs, t)
		case strings.HasPrefix(t, "require "):
			reqs = append(reqs, strings.TrimPrefix(t, "require "))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "module %s\n\n%s\n\nrequire %s v0.0.0-00010101000000-000000000000\n\n", name, goLine, sdkModule)
	fmt.Fprintf(&b, "// The SDK: the dml repository this algorithm was made from (dmlrun new --sdk).\nreplace %s => %s\n", sdkModule, sdk)
	if len(reqs) > 0 {
		b.WriteString("\n// The SDK's own requirements; `go mod tidy` keeps those the algorithm needs.\nrequire (\n")
		for _, r := range reqs {
			if !strings.Contains(r, "// indirect") {
				r += " // indirect"
			}
			fmt.Fprintf(&b, "\t%s\n", r)
		}
		b.WriteString(")\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(sdk, "go.sum"))
	if err != nil {
		return fmt.Errorf("read the SDK's go.sum: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}

// scaffoldData fills the templates.
type scaffoldData struct {
	Name, Lang, SDK, Hash, TestDoc, Files string
}

// writeScaffold renders the templates into a temporary sibling of dir and
// renames it into place, so that a failure leaves nothing half-written.
func writeScaffold(dir, name, lang string, l scaffoldLang, sdk string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s: %w and is not empty: choose another --dir or remove it", dir, ErrScaffoldExists)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, ".dmlrun-new-")
	if err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp)
	data := scaffoldData{Name: name, Lang: l.langName, SDK: sdk, Hash: scaffoldHash, TestDoc: l.testDoc,
		Files: strings.ReplaceAll(l.files, "NAME", name)}
	for _, src := range []string{"templates/common", "templates/" + l.dir} {
		err := fs.WalkDir(templates, src, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel := strings.TrimSuffix(strings.TrimPrefix(p, src+"/"), ".tmpl")
			if rel == "test.sh" && !l.script {
				return nil
			}
			if to, ok := l.rename[rel]; ok {
				rel = strings.ReplaceAll(to, "{{name}}", name)
			}
			if rel == "gitignore" {
				rel = ".gitignore"
			}
			return renderTemplate(p, filepath.Join(tmp, filepath.FromSlash(rel)), data)
		})
		if err != nil {
			return err
		}
	}
	if lang == "go" {
		if err := writeGoModule(tmp, name, sdk); err != nil {
			return err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	_ = os.Remove(dir) // an empty directory may be replaced
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	return nil
}

func renderTemplate(src, dst string, data scaffoldData) error {
	text, err := templates.ReadFile(src)
	if err != nil {
		return err
	}
	t, err := template.New(path.Base(src)).Delims("[[", "]]").Option("missingkey=error").Parse(string(text))
	if err != nil {
		return fmt.Errorf("template %s: %w", src, err)
	}
	var out bytes.Buffer
	if err := t.Execute(&out, data); err != nil {
		return fmt.Errorf("template %s: %w", src, err)
	}
	mode := os.FileMode(0o644)
	if strings.HasSuffix(dst, ".sh") {
		mode = 0o755
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, out.Bytes(), mode)
}
