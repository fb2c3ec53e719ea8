package emit

import (
	"fmt"

	"eventtimeline/pipeline/model"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
)

// Small append helpers over the typed builders of a RecordBuilder. Empty
// strings of optional columns become nulls.

func optString(b array.Builder, s string) {
	sb := b.(*array.StringBuilder)
	if s == "" {
		sb.AppendNull()
		return
	}
	sb.Append(s)
}

func reqString(b array.Builder, s string) { b.(*array.StringBuilder).Append(s) }

// optBytes and reqBytes are optString and reqString for byte slices.
func optBytes(b array.Builder, s []byte) {
	sb := b.(*array.StringBuilder)
	if len(s) == 0 {
		sb.AppendNull()
		return
	}
	sb.BinaryBuilder.Append(s)
}

// reqBytes appends s, an empty value (not a null) when s is empty.
func reqBytes(b array.Builder, s []byte) { b.(*array.StringBuilder).BinaryBuilder.Append(s) }

// enumBytes is enum for a byte slice.
func enumBytes(b array.Builder, s []byte, nullable bool) error {
	db := b.(*array.BinaryDictionaryBuilder)
	if len(s) == 0 {
		if !nullable {
			return fmt.Errorf("empty value in required enumeration")
		}
		db.AppendNull()
		return nil
	}
	return db.Append(s)
}

// enum appends s to a dictionary column; "" is null when nullable and an
// error otherwise.
func enum(b array.Builder, s string, nullable bool) error {
	db := b.(*array.BinaryDictionaryBuilder)
	if s == "" {
		if !nullable {
			return fmt.Errorf("empty value in required enumeration")
		}
		db.AppendNull()
		return nil
	}
	return db.AppendString(s)
}

func date(b array.Builder, d model.Date, ok bool) {
	db := b.(*array.Date32Builder)
	if !ok {
		db.AppendNull()
		return
	}
	db.Append(arrow.Date32(d))
}

func i32(b array.Builder, v int) { b.(*array.Int32Builder).Append(int32(v)) }

func i64(b array.Builder, v int) { b.(*array.Int64Builder).Append(int64(v)) }

func strList(b array.Builder, xs []string) {
	lb := b.(*array.ListBuilder)
	lb.Append(true)
	vb := lb.ValueBuilder().(*array.StringBuilder)
	for _, x := range xs {
		vb.Append(x)
	}
}

// anchorCols appends date_start, date_end and precision of a time; an
// unknown time gives three nulls.
func anchorCols(start, end, prec array.Builder, a model.Anchor) error {
	ok := a.Known()
	date(start, a.Begin, ok)
	date(end, a.Last, ok)
	if !ok {
		return enum(prec, "", true)
	}
	return enum(prec, a.Precision.String(), true)
}

// optValue is the TIMEX value of a time, "" when it is unknown.
func optValue(a model.Anchor) string {
	if !a.Known() {
		return ""
	}
	return a.Value
}
