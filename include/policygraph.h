/* policygraph.h - the public interface of libpolicygraph. */
#ifndef POLICYGRAPH_H
#define POLICYGRAPH_H
#define POLICYGRAPH_VERSION PACKAGE_VERSION
#endif
