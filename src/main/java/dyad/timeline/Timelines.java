package dyad.timeline;

import dyad.store.TimelineQuery;

/** Builds a dyad's timeline from the store. */
public interface Timelines {

    DyadTimeline timeline(TimelineQuery query);
}
