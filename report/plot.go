package report

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// ErrNoRounds marks a report with nothing to plot.
var ErrNoRounds = errors.New("report has no rounds")

// PlotPNG draws control-shard accuracy and loss by round, side by side, as
// a PNG. Round 0 is the initial model (Report.Baseline).
func PlotPNG(r *Report) ([]byte, error) {
	if len(r.Rounds) == 0 {
		return nil, ErrNoRounds
	}
	acc := plotter.XYs{{X: 0, Y: r.Baseline.Accuracy}}
	loss := plotter.XYs{{X: 0, Y: r.Baseline.Loss}}
	for _, rd := range r.Rounds {
		acc = append(acc, plotter.XY{X: float64(rd.Number), Y: rd.Accuracy})
		loss = append(loss, plotter.XY{X: float64(rd.Number), Y: rd.Loss})
	}
	pa, err := linePlot("Accuracy on the control shard", "accuracy", acc, color.RGBA{B: 200, A: 255})
	if err != nil {
		return nil, err
	}
	pl, err := linePlot("Loss on the control shard", "cross-entropy", loss, color.RGBA{R: 200, A: 255})
	if err != nil {
		return nil, err
	}
	const w, h = 10 * vg.Inch, 4 * vg.Inch
	img := vgimg.New(w, h)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Millimeter * 4, PadY: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 4, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2}
	canvases := plot.Align([][]*plot.Plot{{pa, pl}}, tiles, dc)
	pa.Draw(canvases[0][0])
	pl.Draw(canvases[0][1])
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plot: %w", err)
	}
	return buf.Bytes(), nil
}

func linePlot(title, ylabel string, xy plotter.XYs, c color.Color) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "round"
	p.Y.Label.Text = ylabel
	p.Add(plotter.NewGrid())
	l, pts, err := plotter.NewLinePoints(xy)
	if err != nil {
		return nil, fmt.Errorf("plot %s: %w", ylabel, err)
	}
	l.Color, pts.Color = c, c
	p.Add(l, pts)
	p.X.Tick.Marker = plot.TickerFunc(func(min, max float64) []plot.Tick {
		var ts []plot.Tick
		for v := min; v <= max+1e-9; v++ {
			ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprint(int(v))})
		}
		return ts
	})
	return p, nil
}
