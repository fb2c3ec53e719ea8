//go:build !unix

package build

import (
	"testing"
	"time"
)

// processCPU is not measured on this system: it is always 0.
func processCPU(*testing.B) time.Duration { return 0 }
