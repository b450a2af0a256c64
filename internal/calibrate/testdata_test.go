package main

import (
	"testing"

	"github.com/decentralized-ml/dml/internal/testmod"
)

func TestTestdataUpToDate(t *testing.T) { testmod.WatUpToDate(t, "testdata") }
