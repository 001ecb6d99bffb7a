// The crash test and the soak test each start a real host and drive it as hard as the machine
// allows; run side by side they would share two cores, and the soak's latency would measure the
// crash test. One test class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
