package emit

import (
	"sync"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// arrow-go v17's zstd codec builds a new zstd.Encoder for every Parquet page
// it compresses (EncodeLevel, which the page writer always calls), several
// megabytes of allocation per page that dominate the cost of writing. The
// codec below is the same codec with one shared encoder per level; EncodeAll
// is safe for concurrent use and its output does not depend on the encoder
// instance, so files are byte-identical to what the stock codec writes.
//
// Registering it replaces arrow's process-wide zstd codec (the registry is
// arrow's extension point for exactly this); it is done once, at init, before
// any writer can run.
func init() {
	base, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		return // zstd not compiled into arrow: keep whatever is there
	}
	compress.RegisterCodec(compress.Codecs.Zstd, &sharedZstd{Codec: base})
}

// sharedZstd is arrow's zstd codec with cached block encoders.
type sharedZstd struct {
	compress.Codec
	mu   sync.Mutex
	encs map[zstd.EncoderLevel]*zstd.Encoder
}

// encoder returns the shared encoder of a level, creating it on first use.
func (z *sharedZstd) encoder(level zstd.EncoderLevel) (*zstd.Encoder, error) {
	z.mu.Lock()
	defer z.mu.Unlock()
	if e, ok := z.encs[level]; ok {
		return e, nil
	}
	e, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(level))
	if err != nil {
		return nil, err
	}
	if z.encs == nil {
		z.encs = make(map[zstd.EncoderLevel]*zstd.Encoder)
	}
	z.encs[level] = e
	return e, nil
}

// EncodeLevel compresses src as one zstd frame, like arrow's codec.
func (z *sharedZstd) EncodeLevel(dst, src []byte, level int) []byte {
	l := zstd.SpeedDefault
	if level != compress.DefaultCompressionLevel {
		l = zstd.EncoderLevelFromZstd(level)
	}
	e, err := z.encoder(l)
	if err != nil {
		return z.Codec.EncodeLevel(dst, src, level)
	}
	return e.EncodeAll(src, dst[:0])
}
