// One workflow at a time: four demo hosts loading and four Chromiums at once on 2 cores left a
// page waiting past Playwright's 90 s now and then; run one after another they fit easily.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
