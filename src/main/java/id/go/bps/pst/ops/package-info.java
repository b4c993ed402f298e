/**
 * Operations: the cluster node's identity, health indicators for the load balancer and Prometheus
 * metrics (task completions, failed jobs, incidents, queue load). See docs/operations.md.
 */
package id.go.bps.pst.ops;
