package emit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

func TestSharedZstdMatchesFreshEncoder(t *testing.T) {
	codec, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := codec.(*sharedZstd); !ok {
		t.Fatalf("zstd codec is %T, want *sharedZstd", codec)
	}
	src := []byte(strings.Repeat("The rebels agreed to a truce on Sunday. ", 500))
	for _, level := range []int{compress.DefaultCompressionLevel, 1, 9} {
		l := zstd.SpeedDefault
		if level != compress.DefaultCompressionLevel {
			l = zstd.EncoderLevelFromZstd(level)
		}
		fresh, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(l))
		if err != nil {
			t.Fatal(err)
		}
		want := fresh.EncodeAll(src, nil)
		for i := 0; i < 2; i++ { // second call reuses the cached encoder
			got := codec.EncodeLevel(nil, src, level)
			if !bytes.Equal(got, want) {
				t.Fatalf("level %d call %d: output differs from a fresh encoder", level, i)
			}
			if back := codec.Decode(nil, got); !bytes.Equal(back, src) {
				t.Fatalf("level %d: round trip failed", level)
			}
		}
	}
}
