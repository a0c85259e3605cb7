"""The coaching method: stages, moves and the policy that chooses the next move."""
