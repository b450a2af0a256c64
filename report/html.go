package report

import (
	"bytes"
	"html/template"
)

var page = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.R.Title}}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f3f3f3}td.l{text-align:left;font-family:monospace}</style>
</head><body>
<h1>{{.R.Title}}</h1>
<p>Strategy <b>{{.R.Strategy}}</b>; data: {{.R.Data}}; {{.R.Split}}.<br>Module <code>{{.R.ModuleCID}}</code>.</p>
<p>Final model <code>{{.R.Final.ModelCID}}</code>: test accuracy <b>{{printf "%.4f" .R.Final.TestAccuracy}}</b>, loss {{printf "%.4f" .R.Final.TestLoss}} on {{.R.Final.TestRows}} held-out rows.</p>
<img src="{{.Plot}}" alt="accuracy and loss by round" width="900">
<h2>Rounds</h2>
<table><tr><th>round</th><th>job</th><th>accepted</th><th>control accuracy</th><th>control loss</th><th>model out</th><th>why</th></tr>
{{range .R.Rounds}}<tr><td>{{.Number}}</td><td class="l">{{.JobID}}</td><td>{{.Accepted}}</td><td>{{printf "%.4f" .Accuracy}}</td><td>{{printf "%.4f" .Loss}}</td><td class="l">{{.ModelOut}}</td><td class="l">{{.Reason}}</td></tr>
{{end}}</table>
<h2>Devices</h2>
<table><tr><th>device</th><th>samples</th><th>gas</th><th>paid (token wei)</th></tr>
{{range .R.Devices}}<tr><td class="l">{{.Address}}</td><td>{{.Samples}}</td><td>{{.GasUsed}}</td><td>{{.Paid}}</td></tr>
{{end}}</table>
<h2>Money (token wei)</h2>
<table><tr><th>deposits</th><th>devices</th><th>royalties</th><th>refunds</th></tr>
<tr><td>{{.R.Money.Deposits}}</td><td>{{.R.Money.DevicePay}}</td><td>{{.R.Money.Royalties}}</td><td>{{.R.Money.Refunds}}</td></tr></table>
<h2>Receipts</h2>
<table><tr><th>round</th><th>device</th><th>receipt id</th><th>result hash</th><th>gas</th><th>device pay</th></tr>
{{range $r := .R.Rounds}}{{range .Runs}}<tr><td>{{$r.Number}}</td><td class="l">{{.Device}}</td><td class="l">{{.ReceiptID}}</td><td class="l">{{.Receipt.ResultHash}}</td><td>{{.GasUsed}}</td><td>{{.DevicePay}}</td></tr>
{{end}}{{end}}</table>
<p>The full record, with every signed receipt and the aggregator's round records, is in <a href="report.json">report.json</a>.</p>
</body></html>
`))

// HTML renders the report's page; plot is the PNG's file name beside it.
func HTML(r *Report, plot string) ([]byte, error) {
	var b bytes.Buffer
	if err := page.Execute(&b, struct {
		R    *Report
		Plot string
	}{r, plot}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
