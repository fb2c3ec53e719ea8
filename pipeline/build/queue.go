package build

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/apache/arrow/go/v17/arrow"
)

// recordQueue hands Arrow records from a producer (the mentions Parquet
// writer, through its record sink) to a consumer that reads them as an
// array.RecordReader (DuckDB, through store.Loader.LoadArrow), so that the
// same row groups are encoded to Parquet and loaded into DuckDB at the same
// time. It holds at most cap records: a slow consumer slows the producer
// down instead of letting memory grow.
type recordQueue struct {
	schema *arrow.Schema
	ch     chan arrow.Record
	stop   chan struct{} // closed by abandon: the consumer reads no more
	once   sync.Once
	refs   atomic.Int64

	// Producer side.
	closed bool

	// Consumer side.
	cur     arrow.Record
	errMu   sync.Mutex
	err     error // why the producer stopped early, if it did
	drained bool
}

// errQueueAbandoned is returned by push once the consumer has stopped.
var errQueueAbandoned = errors.New("the DuckDB load stopped reading records")

func newRecordQueue(schema *arrow.Schema, capacity int) *recordQueue {
	q := &recordQueue{schema: schema, ch: make(chan arrow.Record, capacity), stop: make(chan struct{})}
	q.refs.Store(1)
	return q
}

// push hands rec (and the caller's reference to it) to the consumer,
// waiting while the queue is full. After abandon it releases rec and
// returns errQueueAbandoned.
func (q *recordQueue) push(rec arrow.Record) error {
	select {
	case <-q.stop:
		rec.Release()
		return errQueueAbandoned
	default:
	}
	select {
	case q.ch <- rec:
		return nil
	case <-q.stop:
		rec.Release()
		return errQueueAbandoned
	}
}

// close tells the consumer that no more records come; err, when not nil,
// is why (the consumer's Err then returns it). Called once by the producer.
func (q *recordQueue) close(err error) {
	if q.closed {
		return
	}
	q.closed = true
	q.errMu.Lock()
	q.err = err
	q.errMu.Unlock()
	close(q.ch)
}

// abandon is called by the consumer's side when it reads no more: records
// still queued, or pushed later, are released.
func (q *recordQueue) abandon() {
	q.once.Do(func() {
		close(q.stop)
		// What is queued now is released at once; a push racing with this
		// may still slip a record in, which the goroutine releases.
		for len(q.ch) > 0 {
			if rec, ok := <-q.ch; ok {
				rec.Release()
			}
		}
		go func() {
			for rec := range q.ch {
				rec.Release()
			}
		}()
	})
	if q.cur != nil {
		q.cur.Release()
		q.cur = nil
	}
}

// The array.RecordReader methods, for the consumer.

// Retain adds a reference to the reader.
func (q *recordQueue) Retain() { q.refs.Add(1) }

// Release drops a reference; the last one releases the current record.
func (q *recordQueue) Release() {
	if q.refs.Add(-1) == 0 && q.cur != nil {
		q.cur.Release()
		q.cur = nil
	}
}

// Schema is the schema of every record.
func (q *recordQueue) Schema() *arrow.Schema { return q.schema }

// Next waits for the next record; false once the producer has closed the
// queue and it is empty.
func (q *recordQueue) Next() bool {
	if q.cur != nil {
		q.cur.Release()
		q.cur = nil
	}
	if q.drained {
		return false
	}
	rec, ok := <-q.ch
	if !ok {
		q.drained = true
		return false
	}
	q.cur = rec
	return true
}

// Record is the current record, valid until the next call of Next.
func (q *recordQueue) Record() arrow.Record { return q.cur }

// Err is the producer's error, once Next has returned false.
func (q *recordQueue) Err() error {
	q.errMu.Lock()
	defer q.errMu.Unlock()
	return q.err
}
