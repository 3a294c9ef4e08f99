"""unittest.mock is not available in tspy."""
raise NotImplementedError("unittest.mock is not supported by tspy")
